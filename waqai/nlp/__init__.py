"""UDPipe models: resolution, tokenization with exact offsets, treebank tooling."""
