"""Qt widgets. They read and write widgets and call services; they never import peewee."""
