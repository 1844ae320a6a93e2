"""Tables, the engine and sessions, the queries handlers need, migrations and Excel files.

Storage knows records, never chats or messages: conversation state is an opaque key and a JSON payload.
"""
