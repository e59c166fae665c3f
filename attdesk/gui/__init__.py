"""The Qt interface. The only package that imports Qt; it calls the core for all data work."""
