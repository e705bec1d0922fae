#pragma once

// The workload options that estimate, cost and recommend share, with one set of defaults and one
// validation: what the model does (--workload), in which format (--precision, --kv-cache), how
// much at once (--context, --batch), with which engine (--engine) and the fine-tuning details.
// They fill an EstimateRequest; the model, the GPU and the GPU count are each command's own.

#include "CliArguments.h"
#include "EstimateRequest.h"
#include "Result.h"

#include <QList>

#include <optional>

namespace WorkloadOptions {

struct Parsed
{
    EstimateRequest request;
    bool engineGiven = false; // false: Estimator::defaultEngine() for each GPU and count
};

// --workload (with the command's own help line), --precision, --kv-cache, --context, --batch,
// --engine, --lora-rank, --lora-modules, --no-gradient-checkpointing, --zero-stage,
// --fp32-gradients, --training-tokens.
QList<CliArguments::Option> options(const QString &workloadHelp);

// The --precision a workload gets when none is given: nf4 for QLoRA, fp16 for inference, bf16
// for the other fine-tuning.
QString defaultPrecision(Workload workload);

// The request the options give. workload: already decided by the command (the cost commands
// also take the article's use cases); otherwise --workload, default inference. Errors name the
// option.
Result<Parsed> parse(const CliArguments &args, std::optional<Workload> workload = std::nullopt);

} // namespace WorkloadOptions
