"""`Client` and `AsyncClient`: every operation as `client.<group>.<operation>(...)`."""

from attrs import define

from .. import client as _configuration
from .bodies import AsyncBodiesResource, BodiesResource
from .config import AsyncConfigResource, ConfigResource
from .default import AsyncDefaultResource, DefaultResource
from .defaults import AsyncDefaultsResource, DefaultsResource
from .enums import AsyncEnumsResource, EnumsResource
from .location import AsyncLocationResource, LocationResource
from .naming import AsyncNamingResource, NamingResource
from .parameter_references import AsyncParameterReferencesResource, ParameterReferencesResource
from .parameters import AsyncParametersResource, ParametersResource
from .responses import AsyncResponsesResource, ResponsesResource
from .tag1 import AsyncTag1Resource, Tag1Resource
from .tag2 import AsyncTag2Resource, Tag2Resource
from .tests import AsyncTestsResource, TestsResource
from .true_ import AsyncTrue_Resource, True_Resource


@define
class Client(_configuration.Client):
    """Client for the My Test API: every operation as `client.<group>.<operation>(...)`.

    `client.<group>.<operation>(...)` returns the parsed answer or raises a typed error,
    `client.<group>.with_raw_response.<operation>(...)` returns the whole `Response`, and paged operations
    have `client.<group>.iterate_<operation>(...)`. The same object can be passed as `client=` to the module
    functions in `upstream_baseline_client.api`. Constructor and settings (credentials, base_url, timeout,
    max_retries, pacing, ...): see `upstream_baseline_client.client.Client`.
    """

    @property
    def bodies(self) -> BodiesResource:
        """The bodies operations: post_bodies_multiple, json_like, refs, optional_body."""
        return BodiesResource(self)

    @property
    def tests(self) -> TestsResource:
        """The tests operations: get_user_list, get_basic_list_of_strings, get_basic_list_of_integers,
        get_basic_list_of_floats, get_basic_list_of_booleans, post_form_data, post_form_data_inline,
        upload_file_tests_upload_post, json_body_tests_json_body_post, post_tests_json_body_string,
        octet_stream_tests_octet_stream_get, octet_stream_tests_octet_stream_post,
        no_response_tests_no_response_get, unsupported_content_tests_unsupported_content_get,
        test_inline_objects, token_with_cookie_auth_token_with_cookie_get, callback_test,
        description_with_backslash."""
        return TestsResource(self)

    @property
    def defaults(self) -> DefaultsResource:
        """The defaults operations: defaults_tests_defaults_post."""
        return DefaultsResource(self)

    @property
    def enums(self) -> EnumsResource:
        """The enums operations: int_enum_tests_int_enum_post, bool_enum_tests_bool_enum_post."""
        return EnumsResource(self)

    @property
    def responses(self) -> ResponsesResource:
        """The responses operations: post_responses_unions_simple_before_complex, text_response,
        reference_response, default_status_code, status_code_patterns, status_code_precedence."""
        return ResponsesResource(self)

    @property
    def default(self) -> DefaultResource:
        """The default operations: get_common_parameters, post_common_parameters, reserved_parameters,
        get_models_allof, get_models_oneof_with_required_const, post_types_unions_duplicate_types."""
        return DefaultResource(self)

    @property
    def parameters(self) -> ParametersResource:
        """The parameters operations: get_common_parameters_overriding_param,
        delete_common_parameters_overriding_param, get_same_name_multiple_locations_param,
        multiple_path_parameters."""
        return ParametersResource(self)

    @property
    def tag1(self) -> Tag1Resource:
        """The tag1 operations: get_tag_with_number."""
        return Tag1Resource(self)

    @property
    def tag2(self) -> Tag2Resource:
        """The tag2 operations: get_tag_with_number."""
        return Tag2Resource(self)

    @property
    def location(self) -> LocationResource:
        """The location operations: get_location_query_optionality, get_location_header_types."""
        return LocationResource(self)

    @property
    def true_(self) -> True_Resource:
        """The true_ operations: false_."""
        return True_Resource(self)

    @property
    def naming(self) -> NamingResource:
        """The naming operations: post_naming_property_conflict_with_import, mixed_case, hyphen_in_path."""
        return NamingResource(self)

    @property
    def parameter_references(self) -> ParameterReferencesResource:
        """The parameter_references operations: get_parameter_references_path_param."""
        return ParameterReferencesResource(self)

    @property
    def config(self) -> ConfigResource:
        """The config operations: content_type_override."""
        return ConfigResource(self)


@define
class AsyncClient(_configuration.Client):
    """Async client for the My Test API: `await client.<group>.<operation>(...)`.

    Same constructor and settings as `Client`; every operation method is awaitable, paged operations give async
    iterators (`async for item in client.<group>.iterate_<operation>(...)`), and
    `async with AsyncClient(...) as client:` closes its connection pool on exit (else `await client.aclose()`).
    """

    @property
    def bodies(self) -> AsyncBodiesResource:
        """The bodies operations: post_bodies_multiple, json_like, refs, optional_body."""
        return AsyncBodiesResource(self)

    @property
    def tests(self) -> AsyncTestsResource:
        """The tests operations: get_user_list, get_basic_list_of_strings, get_basic_list_of_integers,
        get_basic_list_of_floats, get_basic_list_of_booleans, post_form_data, post_form_data_inline,
        upload_file_tests_upload_post, json_body_tests_json_body_post, post_tests_json_body_string,
        octet_stream_tests_octet_stream_get, octet_stream_tests_octet_stream_post,
        no_response_tests_no_response_get, unsupported_content_tests_unsupported_content_get,
        test_inline_objects, token_with_cookie_auth_token_with_cookie_get, callback_test,
        description_with_backslash."""
        return AsyncTestsResource(self)

    @property
    def defaults(self) -> AsyncDefaultsResource:
        """The defaults operations: defaults_tests_defaults_post."""
        return AsyncDefaultsResource(self)

    @property
    def enums(self) -> AsyncEnumsResource:
        """The enums operations: int_enum_tests_int_enum_post, bool_enum_tests_bool_enum_post."""
        return AsyncEnumsResource(self)

    @property
    def responses(self) -> AsyncResponsesResource:
        """The responses operations: post_responses_unions_simple_before_complex, text_response,
        reference_response, default_status_code, status_code_patterns, status_code_precedence."""
        return AsyncResponsesResource(self)

    @property
    def default(self) -> AsyncDefaultResource:
        """The default operations: get_common_parameters, post_common_parameters, reserved_parameters,
        get_models_allof, get_models_oneof_with_required_const, post_types_unions_duplicate_types."""
        return AsyncDefaultResource(self)

    @property
    def parameters(self) -> AsyncParametersResource:
        """The parameters operations: get_common_parameters_overriding_param,
        delete_common_parameters_overriding_param, get_same_name_multiple_locations_param,
        multiple_path_parameters."""
        return AsyncParametersResource(self)

    @property
    def tag1(self) -> AsyncTag1Resource:
        """The tag1 operations: get_tag_with_number."""
        return AsyncTag1Resource(self)

    @property
    def tag2(self) -> AsyncTag2Resource:
        """The tag2 operations: get_tag_with_number."""
        return AsyncTag2Resource(self)

    @property
    def location(self) -> AsyncLocationResource:
        """The location operations: get_location_query_optionality, get_location_header_types."""
        return AsyncLocationResource(self)

    @property
    def true_(self) -> AsyncTrue_Resource:
        """The true_ operations: false_."""
        return AsyncTrue_Resource(self)

    @property
    def naming(self) -> AsyncNamingResource:
        """The naming operations: post_naming_property_conflict_with_import, mixed_case, hyphen_in_path."""
        return AsyncNamingResource(self)

    @property
    def parameter_references(self) -> AsyncParameterReferencesResource:
        """The parameter_references operations: get_parameter_references_path_param."""
        return AsyncParameterReferencesResource(self)

    @property
    def config(self) -> AsyncConfigResource:
        """The config operations: content_type_override."""
        return AsyncConfigResource(self)


__all__ = ("AsyncClient", "Client")
