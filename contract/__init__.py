"""Contract matrix: Schemathesis and Prism check the mock servers and generated clients against the specs."""
