"""Printed documents: built as data, rendered by one Qt routine onto any paint device."""
