# Catalog import and export (issue 8): the JSON file format, the importer that detects what a
# file holds and imports it in one transaction, and the exporter.
target_sources(gpuadvisor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CatalogExporter.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogExporter.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogImporter.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogImporter.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogJsonFile.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogJsonFile.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportPlan.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonLocator.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonLocator.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementCsvReader.cpp ${CMAKE_CURRENT_LIST_DIR}/MeasurementCsvReader.h)
target_include_directories(gpuadvisor_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
