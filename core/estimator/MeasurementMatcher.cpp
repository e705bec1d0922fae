#include "MeasurementMatcher.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// "GeForce RTX 3060 12GB" -> "rtx3060": no vendor words, sizes, notes or punctuation.
QString normalGpuName(QString s)
{
    s = s.toLower();
    static const QRegularExpression notes(QStringLiteral("\\([^)]*\\)"));
    static const QRegularExpression noise(QStringLiteral(
        "\\b(geforce|nvidia|tesla|amd|radeon|intel|apple|\\d+\\s?gb|\\d+-core( gpu)?)\\b"));
    s.remove(notes);
    s.remove(noise);
    QString out;
    for (const QChar c : std::as_const(s)) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

struct Alias
{
    const char *pattern;
    const char *modelId;
};

// Names under which published measurements give models whose architecture (config.json) is
// one in the catalog. Order matters: the first pattern that matches wins.
const Alias aliases[] = {
    {"deepseek-r1-distill.?(qwen.?)?14b", "qwen2.5-14b"}, // distilled into Qwen2.5-14B
    {"qwen2\\.5.?(coder.?)?14b", "qwen2.5-14b"},
    {"qwen2\\.5.?(coder.?)?32b", "qwen2.5-32b"},
    {"qwen2\\.5.?(coder.?)?7b", "qwen2.5-7b"},
    {"qwen2\\.5.?(coder.?)?72b", "qwen2.5-72b"},
    {"stablebeluga2", "llama-2-70b"},             // a Llama-2-70B fine-tune
    {"llama.?2.?70b|^llama.?70b", "llama-2-70b"}, // TensorRT-LLM's "LLaMA 70B" is Llama 2
    {"llama.?2.?13b|^llama.?13b", "llama-2-13b"}, // LLaMA-1 13B: same shapes
    {"llama.?3(\\.[13])?.?405b", "llama-3.1-405b"},
    {"llama.?3(\\.[13])?.?70b", "llama-3.1-70b"},
    {"llama.?3\\.2.?3b", "llama-3.2-3b"},
    {"llama.?3\\.2.?1b", "llama-3.2-1b"},
    {"llama.?guard.?3.?8b|llama.?3(\\.1)?.?8b|^llama 8b", "llama-3.1-8b"},
    {"mistral.?7b.*v0\\.3", "mistral-7b-v0.3"},
    {"mistral.?7b", "mistral-7b-v0.1"}, // v0.1/v0.2 instruct share the shapes
    {"(code)?llama.?2.?7b|^llama.?7b|^codellama.?7b|llama/llama.?2 7b|llama-family 7b",
     "llama-2-7b"}, // LLaMA-1 7B and CodeLlama-7B have Llama-2-7B's shapes
    {"mixtral.?8x7b", "mixtral-8x7b-v0.1"},
    {"gemma.?2.?9b", "gemma-2-9b"},
};

} // namespace

MeasurementMatcher::MeasurementMatcher(QList<GpuSpec> gpus, QList<ModelSpec> models)
    : m_gpus(std::move(gpus))
    , m_models(std::move(models))
{}

std::optional<GpuSpec> MeasurementMatcher::gpu(const QString &text) const
{
    if (text.contains(u'+'))
        return std::nullopt; // a mixed pair of GPUs
    const QString query = normalGpuName(text);
    if (query.isEmpty())
        return std::nullopt;
    QList<GpuSpec> exact;
    QList<GpuSpec> prefix;
    for (const GpuSpec &g : m_gpus) {
        const QString name = normalGpuName(g.name);
        if (name == query)
            exact.append(g);
        else if (name.startsWith(query) && (name.mid(query.size()).startsWith(u"pcie") ||
                                            name.mid(query.size()).startsWith(u"sxm")))
            prefix.append(g); // the board variant is not named
    }
    QList<GpuSpec> candidates = !exact.isEmpty() ? exact : prefix;
    if (candidates.size() > 1) {
        // The variant is not in the name: a memory size or type in the text decides.
        static const QRegularExpression size(QStringLiteral("(\\d+)\\s?GB"),
                                             QRegularExpression::CaseInsensitiveOption);
        const auto m = size.match(text);
        if (m.hasMatch()) {
            const double gb = m.captured(1).toDouble();
            QList<GpuSpec> sized;
            for (const GpuSpec &g : std::as_const(candidates)) {
                if (g.vramGB && qFuzzyCompare(*g.vramGB, gb))
                    sized.append(g);
            }
            if (!sized.isEmpty())
                candidates = sized;
        }
        QList<GpuSpec> typed;
        for (const GpuSpec &g : std::as_const(candidates)) {
            if (!g.memoryType.isEmpty() && text.contains(g.memoryType, Qt::CaseInsensitive) &&
                !text.contains(g.memoryType + u'e', Qt::CaseInsensitive))
                typed.append(g);
        }
        if (!typed.isEmpty())
            candidates = typed;
    }
    if (candidates.size() > 1 && !exact.isEmpty())
        return std::nullopt;
    if (candidates.size() > 1) {
        // Published datacenter benchmarks run on the SXM boards unless they say otherwise.
        for (const GpuSpec &g : std::as_const(candidates)) {
            if (g.formFactor.startsWith(u"SXM"))
                return g;
        }
        return std::nullopt;
    }
    if (candidates.isEmpty())
        return std::nullopt;
    return candidates.first();
}

std::optional<ModelSpec> MeasurementMatcher::model(const QString &text) const
{
    const QString t = text.trimmed();
    for (const ModelSpec &m : m_models) {
        if (m.id.compare(t, Qt::CaseInsensitive) == 0 ||
            m.name.compare(t, Qt::CaseInsensitive) == 0)
            return m;
    }
    QString lower = t.toLower();
    static const QRegularExpression notes(QStringLiteral("\\([^)]*\\)"));
    const QString plain = QString(lower).remove(notes).trimmed();
    static const QRegularExpression meta(QStringLiteral("^meta-"));
    const QString name = QString(plain).remove(meta);
    // Compiled once: a measurements file asks for every row.
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const Alias &a : aliases)
            list.append(QRegularExpression(QString::fromLatin1(a.pattern)));
        return list;
    }();
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const Alias &a = aliases[i];
        const QRegularExpression &re = patterns.at(i);
        if (re.match(name).hasMatch() || re.match(plain).hasMatch()) {
            for (const ModelSpec &m : m_models) {
                if (m.id == QLatin1String(a.modelId))
                    return m;
            }
        }
    }
    return std::nullopt;
}

std::optional<WeightFormat> MeasurementMatcher::format(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(u"exl2") && !t.contains(u"4.0 bpw"))
        return std::nullopt; // other EXL2 rates are not modelled
    // GGUF types as whole words, longest key first so that q4_k_m wins over q4_k; compiled
    // once, as a measurements file asks for every row.
    static const QList<std::pair<QRegularExpression, WeightFormat>> ggufWords = [] {
        QStringList keys = WeightFormats::keys();
        std::sort(keys.begin(), keys.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        QList<std::pair<QRegularExpression, WeightFormat>> list;
        for (const QString &k : std::as_const(keys)) {
            const auto f = WeightFormats::fromKey(k);
            if (f && WeightFormats::isGguf(*f))
                list.append({QRegularExpression(QStringLiteral("(^|[^a-z0-9_])%1($|[^a-z0-9_])")
                                                    .arg(QRegularExpression::escape(k))),
                             *f});
        }
        return list;
    }();
    for (const auto &[word, f] : ggufWords) {
        if (word.match(t).hasMatch())
            return f;
    }
    if (t.contains(u"gptq") || t.contains(u"awq") || t.contains(u"int4") || t.contains(u"exl2") ||
        t.contains(u"q4f16") ||
        (t.contains(u"4-bit") && !t.contains(u"qlora") && !t.contains(u"base")))
        return WeightFormat::Int4;
    if (t.contains(u"load_in_4bit") || t.contains(u"qlora") || t.contains(u"nf4") ||
        t.contains(u"4-bit base"))
        return WeightFormat::Nf4;
    if (t.contains(u"fp8"))
        return WeightFormat::Fp8;
    if (t.contains(u"int8"))
        return WeightFormat::Int8;
    if (t.contains(u"bf16") || t.contains(u"16-bit"))
        return WeightFormat::Bf16;
    if (t.contains(u"fp16"))
        return WeightFormat::Fp16;
    if (t.contains(u"q4 (unspecified)"))
        return WeightFormat::GgufQ4_K_M; // the default download of LM Studio and Ollama
    return std::nullopt;
}

std::optional<Engine> MeasurementMatcher::engine(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(u"ollama"))
        return Engine::Ollama;
    if (t.contains(u"mlc"))
        return Engine::Mlc;
    if (t.contains(u"exllama"))
        return Engine::ExLlamaV2;
    if (t.contains(u"vllm"))
        return Engine::Vllm;
    if (t.contains(u"tensorrt"))
        return Engine::TensorRtLlm;
    // LMDeploy TurboMind descends from FasterTransformer, as TensorRT-LLM does.
    if (t.contains(u"lmdeploy") || t.contains(u"turbomind"))
        return Engine::TensorRtLlm;
    if (t.contains(u"unsloth"))
        return Engine::Unsloth;
    if (t.contains(u"deepspeed"))
        return Engine::DeepSpeed;
    if (t.contains(u"llama.cpp") || t.contains(u"llama-bench") || t.contains(u"lm studio") ||
        t.contains(u"gguf"))
        return Engine::LlamaCpp;
    if (t.contains(u"transformers") || t.contains(u"peft") || t.contains(u"llama-factory") ||
        t.contains(u"pytorch") || t.contains(u"hf "))
        return Engine::Transformers;
    return std::nullopt;
}

int MeasurementMatcher::decodeContext(const QString &text)
{
    const QString t = text.toLower();
    QRegularExpressionMatch m;
    static const QRegularExpression depth(QStringLiteral("depth (\\d+)"));
    static const QRegularExpression full(QStringLiteral("full (\\d+) context"));
    static const QRegularExpression prompt(QStringLiteral("(?:prompt|input) (\\d+)"));
    static const QRegularExpression tg(QStringLiteral("tg(\\d+)"));
    static const QRegularExpression decode(QStringLiteral("decode (\\d+) tokens"));
    if ((m = depth.match(t)).hasMatch() || (m = full.match(t)).hasMatch())
        return m.captured(1).toInt();
    if ((m = prompt.match(t)).hasMatch())
        return m.captured(1).toInt() + 64;
    if ((m = tg.match(t)).hasMatch() || (m = decode.match(t)).hasMatch())
        return std::max(1, m.captured(1).toInt() / 2);
    return 64; // a short prompt and a short answer
}

int MeasurementMatcher::prefillTokens(const QString &text)
{
    static const QRegularExpression pp(QStringLiteral("(?:pp|input )(\\d+)"));
    const auto m = pp.match(text.toLower());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

std::optional<double> MeasurementMatcher::number(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\d+(\\.\\d+)?"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(0).toDouble();
}
