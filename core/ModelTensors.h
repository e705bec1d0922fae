#pragma once

// The weight tensors of a model, layer by layer, as its architecture lays them out (Hugging Face
// Llama/Mistral/Qwen2/Gemma/Phi-3/Cohere/Falcon/Mixtral/DeepSeek-V3 layouts, named as GGUF names
// them). Parameter counts and per-tensor quantisation sizes both come from this list.

#include <QList>
#include <QString>

struct ModelSpec;

struct Tensor
{
    QString name;    // GGUF name without the "blk.N." prefix: attn_q, ffn_down, token_embd, ...
    double params;   // elements in the tensor (all experts together for an expert tensor)
    int rowLength;   // elements per row (the input dimension), for block-size rules
    int experts = 0; // routed experts stored in the tensor; 0 when it is not an expert tensor
};

struct ModelTensors
{
    QList<QList<Tensor>> layers; // one list per transformer block
    QList<Tensor> globals;       // embeddings, output head, final norm

    double totalParams() const;
    // Parameters one token passes through: routed expert tensors count expertsActive/experts.
    double activeParams(int expertsActive) const;
};

namespace ModelArchitecture {

ModelTensors tensors(const ModelSpec &model);

// Total and active parameter counts in billions, written into the spec.
void computeParameterCounts(ModelSpec &model);

} // namespace ModelArchitecture
