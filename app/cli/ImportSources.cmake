# Catalog editing commands (issue 8): import, export-catalog, add-gpu, edit-gpu, revert-gpu,
# add-model, edit-model, revert-model.
list(APPEND cli_sources cli/ImportCommands.cpp cli/GpuFieldOptions.cpp cli/GpuFieldOptions.h
    cli/ModelCommands.cpp cli/ModelFieldOptions.cpp cli/ModelFieldOptions.h)
