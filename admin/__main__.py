"""`python -m admin` is the `intake` command."""

from admin.cli import main

if __name__ == "__main__":
    main()
