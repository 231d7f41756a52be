from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._repr import set_fields_repr as _set_fields_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_with_union_property_inlined_apples import ModelWithUnionPropertyInlinedApples
    from ..models.model_with_union_property_inlined_bananas import ModelWithUnionPropertyInlinedBananas


T = TypeVar("T", bound="ModelWithUnionPropertyInlined")


@_attrs_define
class ModelWithUnionPropertyInlined:
    """
    Attributes:
        fruit (ModelWithUnionPropertyInlinedApples | ModelWithUnionPropertyInlinedBananas | Unset):
    """

    fruit: ModelWithUnionPropertyInlinedApples | ModelWithUnionPropertyInlinedBananas | Unset = UNSET

    def __repr__(self) -> str:
        return _set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        fruit: dict[str, Any] | Unset
        if isinstance(self.fruit, Unset):
            fruit = UNSET
        elif isinstance(self.fruit, ModelWithUnionPropertyInlinedApples):
            fruit = self.fruit.to_dict()
        else:
            fruit = self.fruit.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if fruit is not UNSET:
            field_dict["fruit"] = fruit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):  # dict first: the common, cheap check
            if not isinstance(src_dict, Mapping):
                # upstream's dict() would turn a list of pairs into a model: a union must fall through instead
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            src_dict = dict(src_dict)

        def _parse_fruit(
            data: object,
        ) -> ModelWithUnionPropertyInlinedApples | ModelWithUnionPropertyInlinedBananas | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fruit_apples = ModelWithUnionPropertyInlinedApples.from_dict(data)

                return fruit_apples
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            fruit_bananas = ModelWithUnionPropertyInlinedBananas.from_dict(data)

            return fruit_bananas

        fruit = _parse_fruit(src_dict.get("fruit", UNSET))

        # every field is set below, so attrs' __init__ (keyword parsing, defaults) is not needed; `_model`
        # cannot clash with a field's local: generated Python names never start with an underscore
        _model = object.__new__(cls)
        _model.fruit = fruit
        return _model


# Imported once at the bottom rather than inside every from_dict/to_dict call as upstream does: models that
# refer to each other still resolve (each class exists before the cycle comes back to it).
from ..models.model_with_union_property_inlined_apples import ModelWithUnionPropertyInlinedApples
from ..models.model_with_union_property_inlined_bananas import ModelWithUnionPropertyInlinedBananas
