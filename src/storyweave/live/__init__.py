"""Following sources as news breaks: the sources file, safe fetching, polite polling and the watch loop."""
