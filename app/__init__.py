"""The application: settings, the composition root, the `intake` command and operations."""
