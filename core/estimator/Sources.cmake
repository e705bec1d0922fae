# The estimator: memory, fit, speed, calibration and validation against measurements.
target_sources(gpuadvisor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Calibration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EngineProfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EstimateKeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Estimator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GgufMixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KvCacheEstimator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementMatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementValidator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementValidatorOutput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MemoryEstimator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpeedEstimator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WeightFormat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WeightsEstimator.cpp
)
target_include_directories(gpuadvisor_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
