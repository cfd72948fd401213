"""Every fake site style by name: how a crawler finds articles (``sites``) and how pages are built (``layouts``)."""

from __future__ import annotations

from typing import Iterable, Mapping

from .layouts import LAYOUTS
from .sites import BUILDERS, Article, Site, _schedule


def build_site(style: str, articles: Iterable[Article | Mapping] = (), *, n_filler: int = 20, seed: int = 0,
               release_every: float = 0.0, name: str | None = None) -> Site:
    """A fake news site of ``style`` posting ``articles`` among ``n_filler`` generated ones.

    Deterministic for a given ``seed``. With ``release_every > 0`` the posts are
    released one by one (see the module docstring), samples spread evenly
    among the filler so the first post out is a sample.
    """
    builders = {**BUILDERS, **LAYOUTS}
    if style not in builders:
        raise ValueError(f"unknown site style {style!r}; choose from {', '.join(builders)}")
    samples = [a if isinstance(a, Article) else Article.from_dict(a) for a in articles]
    posts = _schedule(samples, n_filler, seed, release_every)
    return builders[style](posts, name or style)
