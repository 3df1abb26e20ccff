"""`python -m app` is the `intake` command."""

from app.cli_main import main

if __name__ == "__main__":
    main()
