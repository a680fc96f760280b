"""Commands about money kept honest: the till and the audit chain."""
