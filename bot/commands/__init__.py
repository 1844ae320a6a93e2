"""One module per `gabinete` subcommand; each is imported only when its subcommand runs."""
