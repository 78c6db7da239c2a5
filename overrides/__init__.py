"""What the reader sees around the words: templates, assets, build hooks and Markdown extensions."""
