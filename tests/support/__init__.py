"""Support code the tests share: how they start mock servers, and the scenarios they drive clients through."""
