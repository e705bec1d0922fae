# Cost and advice (issue 4): TCO, cloud and API cost, break-even, price metrics, the article's
# checklist, practical checks and recommendations. Pure functions and value types.
target_sources(gpuadvisor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BreakEvenCalculator.cpp ${CMAKE_CURRENT_LIST_DIR}/BreakEvenCalculator.h
    ${CMAKE_CURRENT_LIST_DIR}/CheckItem.h
    ${CMAKE_CURRENT_LIST_DIR}/CostCalculator.cpp ${CMAKE_CURRENT_LIST_DIR}/CostCalculator.h
    ${CMAKE_CURRENT_LIST_DIR}/CostSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/CostSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/Currency.cpp ${CMAKE_CURRENT_LIST_DIR}/Currency.h
    ${CMAKE_CURRENT_LIST_DIR}/EstimatedThroughput.cpp ${CMAKE_CURRENT_LIST_DIR}/EstimatedThroughput.h
    ${CMAKE_CURRENT_LIST_DIR}/ExchangeRates.cpp ${CMAKE_CURRENT_LIST_DIR}/ExchangeRates.h
    ${CMAKE_CURRENT_LIST_DIR}/LlmChecklist.cpp ${CMAKE_CURRENT_LIST_DIR}/LlmChecklist.h
    ${CMAKE_CURRENT_LIST_DIR}/PracticalChecks.cpp ${CMAKE_CURRENT_LIST_DIR}/PracticalChecks.h
    ${CMAKE_CURRENT_LIST_DIR}/PriceMetrics.cpp ${CMAKE_CURRENT_LIST_DIR}/PriceMetrics.h
    ${CMAKE_CURRENT_LIST_DIR}/Recommender.cpp ${CMAKE_CURRENT_LIST_DIR}/Recommender.h
    ${CMAKE_CURRENT_LIST_DIR}/SoftwareEngine.cpp ${CMAKE_CURRENT_LIST_DIR}/SoftwareEngine.h
    ${CMAKE_CURRENT_LIST_DIR}/ThroughputInput.h
    ${CMAKE_CURRENT_LIST_DIR}/UseCase.cpp ${CMAKE_CURRENT_LIST_DIR}/UseCase.h)
target_include_directories(gpuadvisor_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
