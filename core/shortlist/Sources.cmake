# Purchase shortlists (issue 7): storage, figures for the current workload and the exporters that
# write CSV, JSON, HTML and Markdown to a QIODevice. The PDF report is in report/ (needs QtGui).
target_sources(gpuadvisor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Shortlist.h
    ${CMAKE_CURRENT_LIST_DIR}/ShortlistExporter.cpp ${CMAKE_CURRENT_LIST_DIR}/ShortlistExporter.h
    ${CMAKE_CURRENT_LIST_DIR}/ShortlistHtml.cpp ${CMAKE_CURRENT_LIST_DIR}/ShortlistHtml.h
    ${CMAKE_CURRENT_LIST_DIR}/ShortlistJsonReader.cpp ${CMAKE_CURRENT_LIST_DIR}/ShortlistJsonReader.h
    ${CMAKE_CURRENT_LIST_DIR}/ShortlistReport.cpp ${CMAKE_CURRENT_LIST_DIR}/ShortlistReport.h
    ${CMAKE_CURRENT_LIST_DIR}/ShortlistRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/ShortlistRepository.h)
target_include_directories(gpuadvisor_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
