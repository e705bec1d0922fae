# Catalog editing commands (issue 8): import, export-catalog, add-gpu, edit-gpu, revert-gpu,
# add-model, edit-model, revert-model. The row commands are written once (RowCommands,
# FieldOptions) over what differs between GPUs and models (GpuRows, ModelRows).
list(APPEND cli_sources cli/ImportCommands.cpp cli/ModelCommands.cpp
    cli/FieldOptions.cpp cli/FieldOptions.h cli/RowCommands.cpp cli/RowCommands.h
    cli/GpuRows.cpp cli/GpuRows.h cli/ModelRows.cpp cli/ModelRows.h)
