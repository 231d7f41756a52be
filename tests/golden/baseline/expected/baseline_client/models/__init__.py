"""Contains all the data models used in inputs/outputs"""

from .colour import Colour
from .error import Error
from .list_events_response_200 import ListEventsResponse200
from .list_widgets_filter import ListWidgetsFilter
from .widget import Widget
from .widget_page import WidgetPage

__all__ = (
    "Colour",
    "Error",
    "ListEventsResponse200",
    "ListWidgetsFilter",
    "Widget",
    "WidgetPage",
)
