"""The main job: regenerate every client, start the mock servers, call every operation, report."""
