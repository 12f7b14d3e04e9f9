"""What a learned pair scorer could add to the clusterer's blend: the evidence behind issue 15's finding.

Two sets of pairs, each scored with the clusterer's own pieces (its terms, its smoothed document frequencies, its
lead embeddings centred per language):
- the SemEval-2022 Task 8 sample's genuine pairs its raters were sure of (Overall <= 1.5 same story, >= 3.5
  unrelated);
- every pair of documents in the Multi-News dev draw (validation, seed 1, disjoint from the evaluation draw), same
  story when they come from one cluster.

For each single feature, the blend the engine runs and a logistic regression over all features (10-fold
cross-validated, so no pair is scored by a model that saw it), the table gives ROC AUC and the balanced operating
point (the best threshold's smaller of same-story recall and unrelated-kept-apart). On Multi-News it also gives the
B-cubed F1 of average-link clustering over the whole pair matrix at its best threshold, the ceiling of any
clustering that only sees these similarities. The features: word cosine, embedding cosine, their product, shared
rare terms (IDF >= 5), the shorter text's length in terms.

    python bench/pair_features.py [--data ../shared/data] [--clusters 500]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _features(texts: list[str], languages: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(word cosines, embedding cosines, shared rare terms, shorter length) for every pair of texts."""
    import scipy.sparse as sp

    from storyweave.cluster.builder import lead
    from storyweave.cluster.state import Incoming
    from storyweave.cluster.stream import StreamClusterer
    from storyweave.language.terms import terms
    from storyweave.represent.calibration import centre
    from storyweave.represent.registry import get_encoder
    from storyweave.settings import Settings

    encoder = get_encoder("auto")
    settings = Settings().for_encoder(encoder.name)
    vectors = encoder.encode([lead("", t, settings.lead_words) for t in texts])
    clusterer = StreamClusterer(settings, vectors.shape[1], centre=centre(encoder))
    weights = [terms(t) for t in texts]
    for n, (w, language) in enumerate(zip(weights, languages, strict=True)):
        clusterer.observe(Incoming(str(n), "", w, vectors[n], language=language))
    mean = clusterer.mean()
    centred = np.stack([vectors[n] - clusterer.language_mean(x, mean) for n, x in enumerate(languages)])
    centred /= np.linalg.norm(centred, axis=1, keepdims=True)
    vocabulary: dict[str, int] = {}
    rows, columns, values = [], [], []
    for row, w in enumerate(weights):
        for term, value in clusterer.df.weigh(w, floor=1).items():
            rows.append(row)
            columns.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(value)
    matrix = sp.csr_matrix((values, (rows, columns)), shape=(len(texts), len(vocabulary)))
    idf = np.zeros(len(vocabulary))
    for term, column in vocabulary.items():
        idf[column] = clusterer.df.idf(term)
    rare = (matrix > 0).astype(np.float32).multiply(idf[None, :] >= 5).tocsr()
    lengths = np.array([len(w) for w in weights], dtype=float)
    return (
        (matrix @ matrix.T).toarray(),
        centred @ centred.T,
        (rare @ rare.T).toarray(),
        np.minimum(lengths[:, None], lengths[None, :]),
    )


def _table(name: str, columns: dict[str, np.ndarray], same: np.ndarray, blend_weight: float) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import cross_val_predict

    words, meaning = columns["words"], columns["embedding"]
    features = np.column_stack(
        [words, meaning, words * meaning, np.log1p(columns["rare"]), np.log1p(columns["length"])]
    )
    scores = dict(columns)
    scores["blend (as the engine runs)"] = (1 - blend_weight) * words + blend_weight * meaning
    scores["logistic over all (10-fold)"] = cross_val_predict(
        LogisticRegression(max_iter=2000), features, same, cv=10, method="predict_proba"
    )[:, 1]
    print(f"{name}: {int(same.sum())} same-story pairs, {int((~same).sum())} others")
    print(f"  {'score':32} {'AUC':>6} {'balanced':>9}")
    result = {}
    for label, value in scores.items():
        grid = np.quantile(value, np.linspace(0.01, 0.99, 197))
        balanced = max(min(float((value[same] >= t).mean()), float((value[~same] < t).mean())) for t in grid)
        auc = float(roc_auc_score(same, value))
        result[label] = {"auc": round(auc, 4), "balanced": round(balanced, 4)}
        print(f"  {label:32} {auc:6.3f} {balanced:9.3f}")
    return result


def _weight() -> float:
    """The same-language embedding weight the clusterer runs with."""
    from storyweave.settings import Settings

    return Settings().embedding_weight


def semeval(data: Path) -> None:
    from storyweave.evaluate.events import rated
    from storyweave.evaluate.semeval import read_pairs

    sure = rated(read_pairs(data / "semeval2022-task8-hfl-sample" / "training_set.csv.gz"))
    texts: dict[str, str] = {}
    for pair, _ in sure:
        texts.setdefault(pair.text1, pair.lang1)
        texts.setdefault(pair.text2, pair.lang2)
    order = list(texts)
    index = {t: n for n, t in enumerate(order)}
    words, meaning, rare, length = _features(order, [texts[t] for t in order])
    a = np.array([index[p.text1] for p, _ in sure])
    b = np.array([index[p.text2] for p, _ in sure])
    columns = {"words": words[a, b], "embedding": meaning[a, b], "rare": rare[a, b], "length": length[a, b]}
    _table("SemEval sample, sure pairs", columns, np.array([s for _, s in sure]), _weight())


def multinews(data: Path, clusters: int) -> None:
    from sklearn.cluster import AgglomerativeClustering

    from storyweave.evaluate.metrics import cluster_scores
    from storyweave.evaluate.multinews import dev_stream

    items = dev_stream(data / "multi-news" / "val.jsonl.gz", clusters)
    words, meaning, rare, length = _features([i.text for i in items], ["en"] * len(items))
    gold = np.array([i.gold for i in items])
    upper = np.triu_indices(len(items), 1)
    same = (gold[:, None] == gold[None, :])[upper]
    columns = {"words": words[upper], "embedding": meaning[upper], "rare": rare[upper], "length": length[upper]}
    weight = _weight()
    _table(f"Multi-News dev draw ({len(items)} documents), all pairs", columns, same, weight)
    blend = (1 - weight) * words + weight * meaning
    distance = np.clip(1 - blend, 0, None)
    np.fill_diagonal(distance, 0)
    best = 0.0
    for threshold in np.arange(0.6, 0.96, 0.02):
        model = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
        )
        labels = model.fit_predict(distance)
        scores = cluster_scores(
            {i.key: i.gold for i in items}, {i.key: int(x) for i, x in zip(items, labels, strict=True)}
        )
        best = max(best, scores.bcubed_f1)
    print(f"  average link over the whole blend matrix, best threshold: B-cubed F1 {best:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--clusters", type=int, default=500)
    args = parser.parse_args()
    semeval(args.data)
    multinews(args.data, args.clusters)


if __name__ == "__main__":
    main()
