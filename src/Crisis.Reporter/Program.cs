// Placeholder entry point; the reporter issue replaces it.
return 0;
