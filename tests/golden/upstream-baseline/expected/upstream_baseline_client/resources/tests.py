"""`client.tests` and `async_client.tests`: the tests operations as methods."""

import datetime
from typing import Any

from ..api.tests import (
    callback_test as _callback_test,
)
from ..api.tests import (
    description_with_backslash as _description_with_backslash,
)
from ..api.tests import (
    get_basic_list_of_booleans as _get_basic_list_of_booleans,
)
from ..api.tests import (
    get_basic_list_of_floats as _get_basic_list_of_floats,
)
from ..api.tests import (
    get_basic_list_of_integers as _get_basic_list_of_integers,
)
from ..api.tests import (
    get_basic_list_of_strings as _get_basic_list_of_strings,
)
from ..api.tests import (
    get_user_list as _get_user_list,
)
from ..api.tests import (
    json_body_tests_json_body_post as _json_body_tests_json_body_post,
)
from ..api.tests import (
    no_response_tests_no_response_get as _no_response_tests_no_response_get,
)
from ..api.tests import (
    octet_stream_tests_octet_stream_get as _octet_stream_tests_octet_stream_get,
)
from ..api.tests import (
    octet_stream_tests_octet_stream_post as _octet_stream_tests_octet_stream_post,
)
from ..api.tests import (
    post_form_data as _post_form_data,
)
from ..api.tests import (
    post_form_data_inline as _post_form_data_inline,
)
from ..api.tests import (
    post_tests_json_body_string as _post_tests_json_body_string,
)
from ..api.tests import (
    test_inline_objects as _test_inline_objects,
)
from ..api.tests import (
    token_with_cookie_auth_token_with_cookie_get as _token_with_cookie_auth_token_with_cookie_get,
)
from ..api.tests import (
    unsupported_content_tests_unsupported_content_get as _unsupported_content_tests_unsupported_content_get,
)
from ..api.tests import (
    upload_file_tests_upload_post as _upload_file_tests_upload_post,
)
from ..client import Client
from ..models.a_form_data import AFormData
from ..models.a_model import AModel
from ..models.an_enum import AnEnum
from ..models.an_enum_with_null import AnEnumWithNull
from ..models.body_upload_file_tests_upload_post import BodyUploadFileTestsUploadPost
from ..models.http_validation_error import HTTPValidationError
from ..models.octet_stream_tests_octet_stream_post_response_200 import OctetStreamTestsOctetStreamPostResponse200
from ..models.post_form_data_inline_body import PostFormDataInlineBody
from ..models.test_inline_objects_body import TestInlineObjectsBody
from ..models.test_inline_objects_response_200 import TestInlineObjectsResponse200
from ..types import UNSET, File, Response, Unset


class TestsResource:
    """The tests operations: `client.tests.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "TestsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return TestsResourceWithRawResponse(self._client)

    def get_user_list(
        self,
        *,
        an_enum_value: list[AnEnum],
        an_enum_value_with_null: list[AnEnumWithNull | None],
        an_enum_value_with_only_null: list[None],
        some_date: datetime.date | datetime.datetime,
    ) -> list[AModel]:
        """Get List

         Get a list of things

        Args:
            an_enum_value (list[AnEnum]):
            an_enum_value_with_null (list[AnEnumWithNull | None]):
            an_enum_value_with_only_null (list[None]):
            some_date (datetime.date | datetime.datetime):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            list[AModel]
        """

        return _get_user_list.sync(
            client=self._client,
            an_enum_value=an_enum_value,
            an_enum_value_with_null=an_enum_value_with_null,
            an_enum_value_with_only_null=an_enum_value_with_only_null,
            some_date=some_date,
        )

    def get_basic_list_of_strings(
        self,
    ) -> list[str]:
        """Get Basic List Of Strings

         Get a list of strings

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            list[str]
        """

        return _get_basic_list_of_strings.sync(
            client=self._client,
        )

    def get_basic_list_of_integers(
        self,
    ) -> list[int]:
        """Get Basic List Of Integers

         Get a list of integers

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            list[int]
        """

        return _get_basic_list_of_integers.sync(
            client=self._client,
        )

    def get_basic_list_of_floats(
        self,
    ) -> list[float]:
        """Get Basic List Of Floats

         Get a list of floats

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            list[float]
        """

        return _get_basic_list_of_floats.sync(
            client=self._client,
        )

    def get_basic_list_of_booleans(
        self,
    ) -> list[bool]:
        """Get Basic List Of Booleans

         Get a list of booleans

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            list[bool]
        """

        return _get_basic_list_of_booleans.sync(
            client=self._client,
        )

    def post_form_data(
        self,
        *,
        body: AFormData,
    ) -> Any:
        """Post form data

         Post form data

        Args:
            body (AFormData):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _post_form_data.sync(
            client=self._client,
            body=body,
        )

    def post_form_data_inline(
        self,
        *,
        body: PostFormDataInlineBody,
    ) -> Any:
        """Post form data (inline schema)

         Post form data (inline schema)

        Args:
            body (PostFormDataInlineBody):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _post_form_data_inline.sync(
            client=self._client,
            body=body,
        )

    def upload_file_tests_upload_post(
        self,
        *,
        body: BodyUploadFileTestsUploadPost,
    ) -> Any:
        """Upload File

         Upload a file

        Args:
            body (BodyUploadFileTestsUploadPost):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _upload_file_tests_upload_post.sync(
            client=self._client,
            body=body,
        )

    def json_body_tests_json_body_post(
        self,
        *,
        body: AModel,
    ) -> Any:
        """Json Body

         Try sending a JSON body

        Args:
            body (AModel): A Model for testing all the ways custom objects can be used

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _json_body_tests_json_body_post.sync(
            client=self._client,
            body=body,
        )

    def post_tests_json_body_string(
        self,
        *,
        body: str,
    ) -> str:
        """Json Body Which is String

        Args:
            body (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            str
        """

        return _post_tests_json_body_string.sync(
            client=self._client,
            body=body,
        )

    def octet_stream_tests_octet_stream_get(
        self,
    ) -> File | str:
        """Octet Stream

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            File | str
        """

        return _octet_stream_tests_octet_stream_get.sync(
            client=self._client,
        )

    def octet_stream_tests_octet_stream_post(
        self,
        *,
        body: File | Unset = UNSET,
    ) -> OctetStreamTestsOctetStreamPostResponse200:
        """Binary (octet stream) request body

        Args:
            body (File | Unset): A file to upload

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            OctetStreamTestsOctetStreamPostResponse200
        """

        return _octet_stream_tests_octet_stream_post.sync(
            client=self._client,
            body=body,
        )

    def no_response_tests_no_response_get(
        self,
    ) -> Any:
        """No Response

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _no_response_tests_no_response_get.sync(
            client=self._client,
        )

    def unsupported_content_tests_unsupported_content_get(
        self,
    ) -> Any | str:
        """Unsupported Content

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any | str
        """

        return _unsupported_content_tests_unsupported_content_get.sync(
            client=self._client,
        )

    def test_inline_objects(
        self,
        *,
        body: TestInlineObjectsBody,
    ) -> TestInlineObjectsResponse200:
        """Test Inline Objects

        Args:
            body (TestInlineObjectsBody):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            TestInlineObjectsResponse200
        """

        return _test_inline_objects.sync(
            client=self._client,
            body=body,
        )

    def token_with_cookie_auth_token_with_cookie_get(
        self,
        *,
        my_token: str,
    ) -> Any:
        """TOKEN_WITH_COOKIE

         Test optional cookie parameters

        Args:
            my_token (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _token_with_cookie_auth_token_with_cookie_get.sync(
            client=self._client,
            my_token=my_token,
        )

    def callback_test(
        self,
        *,
        body: AModel,
    ) -> Any:
        """Path with callback

         Try sending a request related to a callback

        Args:
            body (AModel): A Model for testing all the ways custom objects can be used

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return _callback_test.sync(
            client=self._client,
            body=body,
        )

    def description_with_backslash(
        self,
    ) -> Any:
        """ Test description with \\

         Test description with \\

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
         """

        return _description_with_backslash.sync(
            client=self._client,
        )


class AsyncTestsResource:
    """The tests operations, awaitable: `async_client.tests.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> "AsyncTestsResourceWithRawResponse":
        """The same operations answering the whole `Response` instead of raising for an error status."""
        return AsyncTestsResourceWithRawResponse(self._client)

    async def get_user_list(
        self,
        *,
        an_enum_value: list[AnEnum],
        an_enum_value_with_null: list[AnEnumWithNull | None],
        an_enum_value_with_only_null: list[None],
        some_date: datetime.date | datetime.datetime,
    ) -> list[AModel]:
        """Get List

         Get a list of things

        Args:
            an_enum_value (list[AnEnum]):
            an_enum_value_with_null (list[AnEnumWithNull | None]):
            an_enum_value_with_only_null (list[None]):
            some_date (datetime.date | datetime.datetime):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            list[AModel]
        """

        return await _get_user_list.asyncio(
            client=self._client,
            an_enum_value=an_enum_value,
            an_enum_value_with_null=an_enum_value_with_null,
            an_enum_value_with_only_null=an_enum_value_with_only_null,
            some_date=some_date,
        )

    async def get_basic_list_of_strings(
        self,
    ) -> list[str]:
        """Get Basic List Of Strings

         Get a list of strings

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            list[str]
        """

        return await _get_basic_list_of_strings.asyncio(
            client=self._client,
        )

    async def get_basic_list_of_integers(
        self,
    ) -> list[int]:
        """Get Basic List Of Integers

         Get a list of integers

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            list[int]
        """

        return await _get_basic_list_of_integers.asyncio(
            client=self._client,
        )

    async def get_basic_list_of_floats(
        self,
    ) -> list[float]:
        """Get Basic List Of Floats

         Get a list of floats

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            list[float]
        """

        return await _get_basic_list_of_floats.asyncio(
            client=self._client,
        )

    async def get_basic_list_of_booleans(
        self,
    ) -> list[bool]:
        """Get Basic List Of Booleans

         Get a list of booleans

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            list[bool]
        """

        return await _get_basic_list_of_booleans.asyncio(
            client=self._client,
        )

    async def post_form_data(
        self,
        *,
        body: AFormData,
    ) -> Any:
        """Post form data

         Post form data

        Args:
            body (AFormData):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _post_form_data.asyncio(
            client=self._client,
            body=body,
        )

    async def post_form_data_inline(
        self,
        *,
        body: PostFormDataInlineBody,
    ) -> Any:
        """Post form data (inline schema)

         Post form data (inline schema)

        Args:
            body (PostFormDataInlineBody):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _post_form_data_inline.asyncio(
            client=self._client,
            body=body,
        )

    async def upload_file_tests_upload_post(
        self,
        *,
        body: BodyUploadFileTestsUploadPost,
    ) -> Any:
        """Upload File

         Upload a file

        Args:
            body (BodyUploadFileTestsUploadPost):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _upload_file_tests_upload_post.asyncio(
            client=self._client,
            body=body,
        )

    async def json_body_tests_json_body_post(
        self,
        *,
        body: AModel,
    ) -> Any:
        """Json Body

         Try sending a JSON body

        Args:
            body (AModel): A Model for testing all the ways custom objects can be used

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _json_body_tests_json_body_post.asyncio(
            client=self._client,
            body=body,
        )

    async def post_tests_json_body_string(
        self,
        *,
        body: str,
    ) -> str:
        """Json Body Which is String

        Args:
            body (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            str
        """

        return await _post_tests_json_body_string.asyncio(
            client=self._client,
            body=body,
        )

    async def octet_stream_tests_octet_stream_get(
        self,
    ) -> File | str:
        """Octet Stream

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            File | str
        """

        return await _octet_stream_tests_octet_stream_get.asyncio(
            client=self._client,
        )

    async def octet_stream_tests_octet_stream_post(
        self,
        *,
        body: File | Unset = UNSET,
    ) -> OctetStreamTestsOctetStreamPostResponse200:
        """Binary (octet stream) request body

        Args:
            body (File | Unset): A file to upload

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            OctetStreamTestsOctetStreamPostResponse200
        """

        return await _octet_stream_tests_octet_stream_post.asyncio(
            client=self._client,
            body=body,
        )

    async def no_response_tests_no_response_get(
        self,
    ) -> Any:
        """No Response

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _no_response_tests_no_response_get.asyncio(
            client=self._client,
        )

    async def unsupported_content_tests_unsupported_content_get(
        self,
    ) -> Any | str:
        """Unsupported Content

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any | str
        """

        return await _unsupported_content_tests_unsupported_content_get.asyncio(
            client=self._client,
        )

    async def test_inline_objects(
        self,
        *,
        body: TestInlineObjectsBody,
    ) -> TestInlineObjectsResponse200:
        """Test Inline Objects

        Args:
            body (TestInlineObjectsBody):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            TestInlineObjectsResponse200
        """

        return await _test_inline_objects.asyncio(
            client=self._client,
            body=body,
        )

    async def token_with_cookie_auth_token_with_cookie_get(
        self,
        *,
        my_token: str,
    ) -> Any:
        """TOKEN_WITH_COOKIE

         Test optional cookie parameters

        Args:
            my_token (str):

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _token_with_cookie_auth_token_with_cookie_get.asyncio(
            client=self._client,
            my_token=my_token,
        )

    async def callback_test(
        self,
        *,
        body: AModel,
    ) -> Any:
        """Path with callback

         Try sending a request related to a callback

        Args:
            body (AModel): A Model for testing all the ways custom objects can be used

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
        """

        return await _callback_test.asyncio(
            client=self._client,
            body=body,
        )

    async def description_with_backslash(
        self,
    ) -> Any:
        """ Test description with \\

         Test description with \\

        Raises:
            APIStatusError: If the API answers with an error (a subclass per status: NotFoundError, ...).
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).

        Returns:
            Any
         """

        return await _description_with_backslash.asyncio(
            client=self._client,
        )


class TestsResourceWithRawResponse:
    """The tests operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `client.tests.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_user_list(
        self,
        *,
        an_enum_value: list[AnEnum],
        an_enum_value_with_null: list[AnEnumWithNull | None],
        an_enum_value_with_only_null: list[None],
        some_date: datetime.date | datetime.datetime,
    ) -> Response[HTTPValidationError | list[AModel]]:
        """Get List

         Get a list of things

        Args:
            an_enum_value (list[AnEnum]):
            an_enum_value_with_null (list[AnEnumWithNull | None]):
            an_enum_value_with_only_null (list[None]):
            some_date (datetime.date | datetime.datetime):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[HTTPValidationError | list[AModel]]
        """

        return _get_user_list.sync_detailed(
            client=self._client,
            an_enum_value=an_enum_value,
            an_enum_value_with_null=an_enum_value_with_null,
            an_enum_value_with_only_null=an_enum_value_with_only_null,
            some_date=some_date,
        )

    def get_basic_list_of_strings(
        self,
    ) -> Response[list[str]]:
        """Get Basic List Of Strings

         Get a list of strings

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[list[str]]
        """

        return _get_basic_list_of_strings.sync_detailed(
            client=self._client,
        )

    def get_basic_list_of_integers(
        self,
    ) -> Response[list[int]]:
        """Get Basic List Of Integers

         Get a list of integers

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[list[int]]
        """

        return _get_basic_list_of_integers.sync_detailed(
            client=self._client,
        )

    def get_basic_list_of_floats(
        self,
    ) -> Response[list[float]]:
        """Get Basic List Of Floats

         Get a list of floats

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[list[float]]
        """

        return _get_basic_list_of_floats.sync_detailed(
            client=self._client,
        )

    def get_basic_list_of_booleans(
        self,
    ) -> Response[list[bool]]:
        """Get Basic List Of Booleans

         Get a list of booleans

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[list[bool]]
        """

        return _get_basic_list_of_booleans.sync_detailed(
            client=self._client,
        )

    def post_form_data(
        self,
        *,
        body: AFormData,
    ) -> Response[Any]:
        """Post form data

         Post form data

        Args:
            body (AFormData):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _post_form_data.sync_detailed(
            client=self._client,
            body=body,
        )

    def post_form_data_inline(
        self,
        *,
        body: PostFormDataInlineBody,
    ) -> Response[Any]:
        """Post form data (inline schema)

         Post form data (inline schema)

        Args:
            body (PostFormDataInlineBody):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _post_form_data_inline.sync_detailed(
            client=self._client,
            body=body,
        )

    def upload_file_tests_upload_post(
        self,
        *,
        body: BodyUploadFileTestsUploadPost,
    ) -> Response[Any | HTTPValidationError]:
        """Upload File

         Upload a file

        Args:
            body (BodyUploadFileTestsUploadPost):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any | HTTPValidationError]
        """

        return _upload_file_tests_upload_post.sync_detailed(
            client=self._client,
            body=body,
        )

    def json_body_tests_json_body_post(
        self,
        *,
        body: AModel,
    ) -> Response[Any | HTTPValidationError]:
        """Json Body

         Try sending a JSON body

        Args:
            body (AModel): A Model for testing all the ways custom objects can be used

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any | HTTPValidationError]
        """

        return _json_body_tests_json_body_post.sync_detailed(
            client=self._client,
            body=body,
        )

    def post_tests_json_body_string(
        self,
        *,
        body: str,
    ) -> Response[HTTPValidationError | str]:
        """Json Body Which is String

        Args:
            body (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[HTTPValidationError | str]
        """

        return _post_tests_json_body_string.sync_detailed(
            client=self._client,
            body=body,
        )

    def octet_stream_tests_octet_stream_get(
        self,
    ) -> Response[File | str]:
        """Octet Stream

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[File | str]
        """

        return _octet_stream_tests_octet_stream_get.sync_detailed(
            client=self._client,
        )

    def octet_stream_tests_octet_stream_post(
        self,
        *,
        body: File | Unset = UNSET,
    ) -> Response[HTTPValidationError | OctetStreamTestsOctetStreamPostResponse200]:
        """Binary (octet stream) request body

        Args:
            body (File | Unset): A file to upload

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[HTTPValidationError | OctetStreamTestsOctetStreamPostResponse200]
        """

        return _octet_stream_tests_octet_stream_post.sync_detailed(
            client=self._client,
            body=body,
        )

    def no_response_tests_no_response_get(
        self,
    ) -> Response[Any]:
        """No Response

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _no_response_tests_no_response_get.sync_detailed(
            client=self._client,
        )

    def unsupported_content_tests_unsupported_content_get(
        self,
    ) -> Response[Any]:
        """Unsupported Content

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _unsupported_content_tests_unsupported_content_get.sync_detailed(
            client=self._client,
        )

    def test_inline_objects(
        self,
        *,
        body: TestInlineObjectsBody,
    ) -> Response[TestInlineObjectsResponse200]:
        """Test Inline Objects

        Args:
            body (TestInlineObjectsBody):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[TestInlineObjectsResponse200]
        """

        return _test_inline_objects.sync_detailed(
            client=self._client,
            body=body,
        )

    def token_with_cookie_auth_token_with_cookie_get(
        self,
        *,
        my_token: str,
    ) -> Response[Any]:
        """TOKEN_WITH_COOKIE

         Test optional cookie parameters

        Args:
            my_token (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return _token_with_cookie_auth_token_with_cookie_get.sync_detailed(
            client=self._client,
            my_token=my_token,
        )

    def callback_test(
        self,
        *,
        body: AModel,
    ) -> Response[Any | HTTPValidationError]:
        """Path with callback

         Try sending a request related to a callback

        Args:
            body (AModel): A Model for testing all the ways custom objects can be used

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any | HTTPValidationError]
        """

        return _callback_test.sync_detailed(
            client=self._client,
            body=body,
        )

    def description_with_backslash(
        self,
    ) -> Response[Any]:
        """ Test description with \\

         Test description with \\

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
         """

        return _description_with_backslash.sync_detailed(
            client=self._client,
        )


class AsyncTestsResourceWithRawResponse:
    """The tests operations, answering the whole `Response` (`.status_code`, `.headers`,
    `.content`, `.parsed`) whatever its status: `async_client.tests.with_raw_response.<operation>(...)`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_user_list(
        self,
        *,
        an_enum_value: list[AnEnum],
        an_enum_value_with_null: list[AnEnumWithNull | None],
        an_enum_value_with_only_null: list[None],
        some_date: datetime.date | datetime.datetime,
    ) -> Response[HTTPValidationError | list[AModel]]:
        """Get List

         Get a list of things

        Args:
            an_enum_value (list[AnEnum]):
            an_enum_value_with_null (list[AnEnumWithNull | None]):
            an_enum_value_with_only_null (list[None]):
            some_date (datetime.date | datetime.datetime):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[HTTPValidationError | list[AModel]]
        """

        return await _get_user_list.asyncio_detailed(
            client=self._client,
            an_enum_value=an_enum_value,
            an_enum_value_with_null=an_enum_value_with_null,
            an_enum_value_with_only_null=an_enum_value_with_only_null,
            some_date=some_date,
        )

    async def get_basic_list_of_strings(
        self,
    ) -> Response[list[str]]:
        """Get Basic List Of Strings

         Get a list of strings

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[list[str]]
        """

        return await _get_basic_list_of_strings.asyncio_detailed(
            client=self._client,
        )

    async def get_basic_list_of_integers(
        self,
    ) -> Response[list[int]]:
        """Get Basic List Of Integers

         Get a list of integers

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[list[int]]
        """

        return await _get_basic_list_of_integers.asyncio_detailed(
            client=self._client,
        )

    async def get_basic_list_of_floats(
        self,
    ) -> Response[list[float]]:
        """Get Basic List Of Floats

         Get a list of floats

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[list[float]]
        """

        return await _get_basic_list_of_floats.asyncio_detailed(
            client=self._client,
        )

    async def get_basic_list_of_booleans(
        self,
    ) -> Response[list[bool]]:
        """Get Basic List Of Booleans

         Get a list of booleans

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[list[bool]]
        """

        return await _get_basic_list_of_booleans.asyncio_detailed(
            client=self._client,
        )

    async def post_form_data(
        self,
        *,
        body: AFormData,
    ) -> Response[Any]:
        """Post form data

         Post form data

        Args:
            body (AFormData):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _post_form_data.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def post_form_data_inline(
        self,
        *,
        body: PostFormDataInlineBody,
    ) -> Response[Any]:
        """Post form data (inline schema)

         Post form data (inline schema)

        Args:
            body (PostFormDataInlineBody):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _post_form_data_inline.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def upload_file_tests_upload_post(
        self,
        *,
        body: BodyUploadFileTestsUploadPost,
    ) -> Response[Any | HTTPValidationError]:
        """Upload File

         Upload a file

        Args:
            body (BodyUploadFileTestsUploadPost):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any | HTTPValidationError]
        """

        return await _upload_file_tests_upload_post.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def json_body_tests_json_body_post(
        self,
        *,
        body: AModel,
    ) -> Response[Any | HTTPValidationError]:
        """Json Body

         Try sending a JSON body

        Args:
            body (AModel): A Model for testing all the ways custom objects can be used

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any | HTTPValidationError]
        """

        return await _json_body_tests_json_body_post.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def post_tests_json_body_string(
        self,
        *,
        body: str,
    ) -> Response[HTTPValidationError | str]:
        """Json Body Which is String

        Args:
            body (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[HTTPValidationError | str]
        """

        return await _post_tests_json_body_string.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def octet_stream_tests_octet_stream_get(
        self,
    ) -> Response[File | str]:
        """Octet Stream

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[File | str]
        """

        return await _octet_stream_tests_octet_stream_get.asyncio_detailed(
            client=self._client,
        )

    async def octet_stream_tests_octet_stream_post(
        self,
        *,
        body: File | Unset = UNSET,
    ) -> Response[HTTPValidationError | OctetStreamTestsOctetStreamPostResponse200]:
        """Binary (octet stream) request body

        Args:
            body (File | Unset): A file to upload

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[HTTPValidationError | OctetStreamTestsOctetStreamPostResponse200]
        """

        return await _octet_stream_tests_octet_stream_post.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def no_response_tests_no_response_get(
        self,
    ) -> Response[Any]:
        """No Response

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _no_response_tests_no_response_get.asyncio_detailed(
            client=self._client,
        )

    async def unsupported_content_tests_unsupported_content_get(
        self,
    ) -> Response[Any]:
        """Unsupported Content

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _unsupported_content_tests_unsupported_content_get.asyncio_detailed(
            client=self._client,
        )

    async def test_inline_objects(
        self,
        *,
        body: TestInlineObjectsBody,
    ) -> Response[TestInlineObjectsResponse200]:
        """Test Inline Objects

        Args:
            body (TestInlineObjectsBody):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[TestInlineObjectsResponse200]
        """

        return await _test_inline_objects.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def token_with_cookie_auth_token_with_cookie_get(
        self,
        *,
        my_token: str,
    ) -> Response[Any]:
        """TOKEN_WITH_COOKIE

         Test optional cookie parameters

        Args:
            my_token (str):

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
        """

        return await _token_with_cookie_auth_token_with_cookie_get.asyncio_detailed(
            client=self._client,
            my_token=my_token,
        )

    async def callback_test(
        self,
        *,
        body: AModel,
    ) -> Response[Any | HTTPValidationError]:
        """Path with callback

         Try sending a request related to a callback

        Args:
            body (AModel): A Model for testing all the ways custom objects can be used

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any | HTTPValidationError]
        """

        return await _callback_test.asyncio_detailed(
            client=self._client,
            body=body,
        )

    async def description_with_backslash(
        self,
    ) -> Response[Any]:
        """ Test description with \\

         Test description with \\

        Raises:
            APIConnectionError: If the server cannot be reached (APITimeoutError: no answer within Client.timeout).
                Error statuses do not raise: they are in the returned Response.

        Returns:
            Response[Any]
         """

        return await _description_with_backslash.asyncio_detailed(
            client=self._client,
        )
