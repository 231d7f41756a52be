"""Contains all the data models used in inputs/outputs"""

from .a_discriminated_union_type_1 import ADiscriminatedUnionType1
from .a_discriminated_union_type_2 import ADiscriminatedUnionType2
from .a_form_data import AFormData
from .a_model import AModel
from .a_model_with_properties_reference_that_are_not_object import AModelWithPropertiesReferenceThatAreNotObject
from .all_of_has_properties_but_no_type import AllOfHasPropertiesButNoType
from .all_of_has_properties_but_no_type_type_enum import AllOfHasPropertiesButNoTypeTypeEnum
from .all_of_required_base import AllOfRequiredBase
from .all_of_required_derived import AllOfRequiredDerived
from .all_of_sub_model import AllOfSubModel
from .all_of_sub_model_type_enum import AllOfSubModelTypeEnum
from .an_all_of_enum import AnAllOfEnum
from .an_array_with_a_circular_ref_in_items_object_a_item import AnArrayWithACircularRefInItemsObjectAItem
from .an_array_with_a_circular_ref_in_items_object_additional_properties_a_item import (
    AnArrayWithACircularRefInItemsObjectAdditionalPropertiesAItem,
)
from .an_array_with_a_circular_ref_in_items_object_additional_properties_b_item import (
    AnArrayWithACircularRefInItemsObjectAdditionalPropertiesBItem,
)
from .an_array_with_a_circular_ref_in_items_object_b_item import AnArrayWithACircularRefInItemsObjectBItem
from .an_array_with_a_recursive_ref_in_items_object_additional_properties_item import (
    AnArrayWithARecursiveRefInItemsObjectAdditionalPropertiesItem,
)
from .an_array_with_a_recursive_ref_in_items_object_item import AnArrayWithARecursiveRefInItemsObjectItem
from .an_enum import AnEnum
from .an_enum_with_null import AnEnumWithNull
from .an_int_enum import AnIntEnum
from .another_all_of_sub_model import AnotherAllOfSubModel
from .another_all_of_sub_model_type import AnotherAllOfSubModelType
from .another_all_of_sub_model_type_enum import AnotherAllOfSubModelTypeEnum
from .body_upload_file_tests_upload_post import BodyUploadFileTestsUploadPost
from .body_upload_file_tests_upload_post_additional_property import BodyUploadFileTestsUploadPostAdditionalProperty
from .body_upload_file_tests_upload_post_some_nullable_object import BodyUploadFileTestsUploadPostSomeNullableObject
from .body_upload_file_tests_upload_post_some_object import BodyUploadFileTestsUploadPostSomeObject
from .body_upload_file_tests_upload_post_some_optional_object import BodyUploadFileTestsUploadPostSomeOptionalObject
from .different_enum import DifferentEnum
from .extended import Extended
from .free_form_model import FreeFormModel
from .get_location_header_types_int_enum_header import GetLocationHeaderTypesIntEnumHeader
from .get_location_header_types_string_enum_header import GetLocationHeaderTypesStringEnumHeader
from .get_models_allof_response_200 import GetModelsAllofResponse200
from .get_models_oneof_with_required_const_response_200_type_0 import GetModelsOneofWithRequiredConstResponse200Type0
from .get_models_oneof_with_required_const_response_200_type_1 import GetModelsOneofWithRequiredConstResponse200Type1
from .http_validation_error import HTTPValidationError
from .import_ import Import
from .json_like_body import JsonLikeBody
from .mixed_case_response_200 import MixedCaseResponse200
from .model_from_all_of import ModelFromAllOf
from .model_name import ModelName
from .model_reference_with_periods import ModelReferenceWithPeriods
from .model_with_additional_properties_inlined import ModelWithAdditionalPropertiesInlined
from .model_with_additional_properties_inlined_additional_property import (
    ModelWithAdditionalPropertiesInlinedAdditionalProperty,
)
from .model_with_additional_properties_refed import ModelWithAdditionalPropertiesRefed
from .model_with_any_json_properties import ModelWithAnyJsonProperties
from .model_with_any_json_properties_additional_property_type_0 import ModelWithAnyJsonPropertiesAdditionalPropertyType0
from .model_with_backslash_in_description import ModelWithBackslashInDescription
from .model_with_circular_ref_a import ModelWithCircularRefA
from .model_with_circular_ref_b import ModelWithCircularRefB
from .model_with_circular_ref_in_additional_properties_a import ModelWithCircularRefInAdditionalPropertiesA
from .model_with_circular_ref_in_additional_properties_b import ModelWithCircularRefInAdditionalPropertiesB
from .model_with_date_time_property import ModelWithDateTimeProperty
from .model_with_discriminated_union import ModelWithDiscriminatedUnion
from .model_with_merged_properties import ModelWithMergedProperties
from .model_with_merged_properties_string_to_enum import ModelWithMergedPropertiesStringToEnum
from .model_with_no_properties import ModelWithNoProperties
from .model_with_primitive_additional_properties import ModelWithPrimitiveAdditionalProperties
from .model_with_primitive_additional_properties_a_date_holder import ModelWithPrimitiveAdditionalPropertiesADateHolder
from .model_with_property_ref import ModelWithPropertyRef
from .model_with_recursive_ref import ModelWithRecursiveRef
from .model_with_recursive_ref_in_additional_properties import ModelWithRecursiveRefInAdditionalProperties
from .model_with_union_property import ModelWithUnionProperty
from .model_with_union_property_inlined import ModelWithUnionPropertyInlined
from .model_with_union_property_inlined_apples import ModelWithUnionPropertyInlinedApples
from .model_with_union_property_inlined_bananas import ModelWithUnionPropertyInlinedBananas
from .none import None_
from .octet_stream_tests_octet_stream_post_response_200 import OctetStreamTestsOctetStreamPostResponse200
from .optional_body_body import OptionalBodyBody
from .post_bodies_multiple_data_body import PostBodiesMultipleDataBody
from .post_bodies_multiple_files_body import PostBodiesMultipleFilesBody
from .post_bodies_multiple_json_body import PostBodiesMultipleJsonBody
from .post_form_data_inline_body import PostFormDataInlineBody
from .post_naming_property_conflict_with_import_body import PostNamingPropertyConflictWithImportBody
from .post_naming_property_conflict_with_import_response_200 import PostNamingPropertyConflictWithImportResponse200
from .post_responses_unions_simple_before_complex_response_200 import PostResponsesUnionsSimpleBeforeComplexResponse200
from .post_responses_unions_simple_before_complex_response_200a_type_1 import (
    PostResponsesUnionsSimpleBeforeComplexResponse200AType1,
)
from .status_code_patterns_response_2xx import StatusCodePatternsResponse2XX
from .status_code_patterns_response_2xx_status import StatusCodePatternsResponse2XXStatus
from .status_code_patterns_response_4xx import StatusCodePatternsResponse4XX
from .test_inline_objects_body import TestInlineObjectsBody
from .test_inline_objects_response_200 import TestInlineObjectsResponse200
from .validation_error import ValidationError

__all__ = (
    "ADiscriminatedUnionType1",
    "ADiscriminatedUnionType2",
    "AFormData",
    "AllOfHasPropertiesButNoType",
    "AllOfHasPropertiesButNoTypeTypeEnum",
    "AllOfRequiredBase",
    "AllOfRequiredDerived",
    "AllOfSubModel",
    "AllOfSubModelTypeEnum",
    "AModel",
    "AModelWithPropertiesReferenceThatAreNotObject",
    "AnAllOfEnum",
    "AnArrayWithACircularRefInItemsObjectAdditionalPropertiesAItem",
    "AnArrayWithACircularRefInItemsObjectAdditionalPropertiesBItem",
    "AnArrayWithACircularRefInItemsObjectAItem",
    "AnArrayWithACircularRefInItemsObjectBItem",
    "AnArrayWithARecursiveRefInItemsObjectAdditionalPropertiesItem",
    "AnArrayWithARecursiveRefInItemsObjectItem",
    "AnEnum",
    "AnEnumWithNull",
    "AnIntEnum",
    "AnotherAllOfSubModel",
    "AnotherAllOfSubModelType",
    "AnotherAllOfSubModelTypeEnum",
    "BodyUploadFileTestsUploadPost",
    "BodyUploadFileTestsUploadPostAdditionalProperty",
    "BodyUploadFileTestsUploadPostSomeNullableObject",
    "BodyUploadFileTestsUploadPostSomeObject",
    "BodyUploadFileTestsUploadPostSomeOptionalObject",
    "DifferentEnum",
    "Extended",
    "FreeFormModel",
    "GetLocationHeaderTypesIntEnumHeader",
    "GetLocationHeaderTypesStringEnumHeader",
    "GetModelsAllofResponse200",
    "GetModelsOneofWithRequiredConstResponse200Type0",
    "GetModelsOneofWithRequiredConstResponse200Type1",
    "HTTPValidationError",
    "Import",
    "JsonLikeBody",
    "MixedCaseResponse200",
    "ModelFromAllOf",
    "ModelName",
    "ModelReferenceWithPeriods",
    "ModelWithAdditionalPropertiesInlined",
    "ModelWithAdditionalPropertiesInlinedAdditionalProperty",
    "ModelWithAdditionalPropertiesRefed",
    "ModelWithAnyJsonProperties",
    "ModelWithAnyJsonPropertiesAdditionalPropertyType0",
    "ModelWithBackslashInDescription",
    "ModelWithCircularRefA",
    "ModelWithCircularRefB",
    "ModelWithCircularRefInAdditionalPropertiesA",
    "ModelWithCircularRefInAdditionalPropertiesB",
    "ModelWithDateTimeProperty",
    "ModelWithDiscriminatedUnion",
    "ModelWithMergedProperties",
    "ModelWithMergedPropertiesStringToEnum",
    "ModelWithNoProperties",
    "ModelWithPrimitiveAdditionalProperties",
    "ModelWithPrimitiveAdditionalPropertiesADateHolder",
    "ModelWithPropertyRef",
    "ModelWithRecursiveRef",
    "ModelWithRecursiveRefInAdditionalProperties",
    "ModelWithUnionProperty",
    "ModelWithUnionPropertyInlined",
    "ModelWithUnionPropertyInlinedApples",
    "ModelWithUnionPropertyInlinedBananas",
    "None_",
    "OctetStreamTestsOctetStreamPostResponse200",
    "OptionalBodyBody",
    "PostBodiesMultipleDataBody",
    "PostBodiesMultipleFilesBody",
    "PostBodiesMultipleJsonBody",
    "PostFormDataInlineBody",
    "PostNamingPropertyConflictWithImportBody",
    "PostNamingPropertyConflictWithImportResponse200",
    "PostResponsesUnionsSimpleBeforeComplexResponse200",
    "PostResponsesUnionsSimpleBeforeComplexResponse200AType1",
    "StatusCodePatternsResponse2XX",
    "StatusCodePatternsResponse2XXStatus",
    "StatusCodePatternsResponse4XX",
    "TestInlineObjectsBody",
    "TestInlineObjectsResponse200",
    "ValidationError",
)
