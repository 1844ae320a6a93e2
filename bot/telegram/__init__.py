"""The Telegram transport: python-telegram-bot glue around the transport-free `Dispatcher`.

`app.build_application` is the one composition root; the rest turns updates into dispatcher
calls (`updates`), slash commands into intents (`commands`) and replies into messages (`render`).
"""
