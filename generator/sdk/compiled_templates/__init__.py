"""Compiled twins of templates/ (see generator.sdk.templates); generated, do not edit."""
