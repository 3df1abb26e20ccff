"""`python -m bot` runs the Telegram bot, exactly like `intake run`."""

from admin.cli import main

if __name__ == "__main__":
    main(["run"])
