"""Frames in, QR payloads out: camera sources, decoders, debounce. No Qt."""
