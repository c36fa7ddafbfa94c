"""What every HTTP listener shares: the connection acceptor and its caps, header and body
deadlines, the one body reader, TLS and basic auth from the web config file."""
