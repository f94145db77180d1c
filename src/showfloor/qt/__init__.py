"""The Qt shell: shows and forwards; all decisions live in the core."""
