"""Actors: who an article names (mentions.py), under the canonical names of the alias table
(table.py, lang/en/actors.tsv), with one name per person across articles (names.py), and what kind
of actor each is (types.py, lang/en/actor_types.tsv)."""
from timeline.actors.mentions import Mention, dateline, find_mentions, publisher_state
from timeline.actors.names import rename_names, unify_names, unify_surnames
from timeline.actors.table import ActorTable, canonicalise, load_table, table_kind
from timeline.actors.types import ActorType, article_types, name_type

__all__ = ["Mention", "dateline", "find_mentions", "publisher_state", "rename_names", "unify_names", "unify_surnames", "ActorTable", "canonicalise",
           "load_table", "table_kind", "ActorType", "article_types", "name_type"]
