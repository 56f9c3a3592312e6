"""Small widgets and helpers shared by the screens of the application."""
