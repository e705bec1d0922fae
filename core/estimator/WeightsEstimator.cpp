#include "WeightsEstimator.h"

#include "GgufMixture.h"
#include "ModelSpec.h"
#include "ModelTensors.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

bool isVector(const Tensor &t)
{
    return t.name == u"norms" || t.name.endsWith(u"_norm") || t.name.endsWith(u"_bias");
}

bool isLinear(const Tensor &t)
{
    return !isVector(t) && t.name != u"ffn_gate_inp";
}

// Bits per weight of a linear layer's matrix in the GPU formats.
double linearBits(WeightFormat f, int rowLength, bool doubleQuant)
{
    switch (f) {
    case WeightFormat::Fp32:
        return 32;
    case WeightFormat::Fp8:
        return 8; // per-tensor/channel scales are negligible (NIM table)
    case WeightFormat::Int8:
        return 8 + 16.0 / std::max(1, rowLength); // one fp16 scale per output row
    case WeightFormat::Int4:
        return 4 + (16.0 + 4.0) / 128; // g128: fp16 scale + 4-bit zero
    case WeightFormat::Nf4:
        // QLoRA 3: block 64 with an fp32 absmax is 0.5 bit/weight; double quantisation (8-bit
        // constants, second block 256) brings it to 0.127.
        return doubleQuant ? 4.127 : 4.5;
    default:
        return 16;
    }
}

double otherBits(WeightFormat f)
{
    return f == WeightFormat::Fp32 ? 32 : 16;
}

} // namespace

double WeightsEstimator::Breakdown::readBytesPerStep(int expertsActive, int expertsTotal,
                                                     int batch) const
{
    double read = totalBytes - (tiedEmbeddings ? 0 : embeddingBytes);
    if (expertsTotal > 0 && expertBytes > 0) {
        const double share =
            1 - std::pow(1 - double(expertsActive) / expertsTotal, std::max(1, batch));
        read -= expertBytes * (1 - share);
    }
    return read;
}

double WeightsEstimator::Breakdown::llamaCppGpuBytes() const
{
    return totalBytes - (tiedEmbeddings ? 0 : embeddingBytes);
}

WeightsEstimator::Breakdown WeightsEstimator::estimate(const ModelSpec &model, WeightFormat format,
                                                       bool nf4DoubleQuant)
{
    Breakdown b;
    b.tiedEmbeddings = model.tiedEmbeddings;
    const ModelTensors tensors = ModelArchitecture::tensors(model);
    const bool gguf = WeightFormats::isGguf(format);
    const GgufMixture mixture(model, format);
    QMap<QString, double> bytesByType;

    auto add = [&](const Tensor &t, double bits, const QString &typeName) {
        const double bytes = t.params * bits / 8;
        b.totalBytes += bytes;
        b.params += t.params;
        if (t.experts > 0)
            b.expertBytes += bytes;
        if (!typeName.isEmpty())
            bytesByType[typeName] += bytes;
        return bytes;
    };

    int attnV = 0;
    for (int layer = 0; layer < tensors.layers.size(); ++layer) {
        for (const Tensor &t : tensors.layers.at(layer)) {
            if (isLinear(t))
                b.linearParams += t.params;
            if (gguf) {
                const GgufType type = mixture.tensorType(t.name, layer, t.rowLength, attnV);
                add(t, GgufMixture::bitsPerWeight(type), GgufMixture::typeName(type));
            } else {
                add(t,
                    isLinear(t) ? linearBits(format, t.rowLength, nf4DoubleQuant)
                                : otherBits(format),
                    {});
            }
            if (t.name == u"attn_v")
                ++attnV;
        }
    }
    for (const Tensor &t : tensors.globals) {
        double bits = otherBits(format);
        QString typeName;
        if (gguf) {
            const bool asOutput =
                t.name == u"output" || (t.name == u"token_embd" && model.tiedEmbeddings);
            const GgufType type = mixture.tensorType(asOutput ? QStringLiteral("output") : t.name,
                                                     -1, t.rowLength, 0);
            bits = GgufMixture::bitsPerWeight(type);
            typeName = GgufMixture::typeName(type);
        }
        const double bytes = add(t, bits, typeName);
        if (t.name == u"token_embd") {
            b.embeddingBytes = bytes;
            if (model.tiedEmbeddings)
                b.outputBytes = bytes;
        } else if (t.name == u"output") {
            b.outputBytes = bytes;
        }
    }
    b.bitsPerWeight = b.params > 0 ? 8 * b.totalBytes / b.params : 0;

    if (gguf) {
        QList<std::pair<double, QString>> shares;
        for (auto it = bytesByType.cbegin(); it != bytesByType.cend(); ++it)
            shares.append({it.value(), it.key()});
        std::sort(shares.begin(), shares.end(), [](auto &a, auto &c) { return a.first > c.first; });
        QStringList parts;
        for (const auto &[bytes, name] : shares) {
            const int percent = int(std::lround(100 * bytes / b.totalBytes));
            if (percent >= 1)
                parts.append(QStringLiteral("%1 %2 %").arg(name).arg(percent));
        }
        b.mixture = parts.join(QStringLiteral(", "));
    }
    return b;
}
