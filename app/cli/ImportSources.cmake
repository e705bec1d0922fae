# Catalog editing commands (issue 8): import, export-catalog, add-gpu, edit-gpu, revert-gpu.
list(APPEND cli_sources cli/ImportCommands.cpp cli/GpuFieldOptions.cpp cli/GpuFieldOptions.h)
