"""PLOVER events: visits, meetings, talks, calls, commission sessions, signings, launches, aid and
acts of conflict.

Each sentence gives event *mentions* (``mentions``: a cue word, the states, the date next to it;
``conflict`` for acts of one side against the other); the mentions of one real-world event (the
visit told in the lead and again later) are merged (``clusters``) and each cluster becomes an
event record (``records``). Opinions ("described relations as", "emphasized") carry no cue and
give no event. The mentions are found once per document and handed to the agreement extractor too.
"""

from .acts import signed_by_firms
from .clusters import Cluster, cluster_mentions, story_day
from .mentions import EventMention, find_event_mentions
from .records import find_events

__all__ = ["Cluster", "EventMention", "cluster_mentions", "find_event_mentions", "find_events", "signed_by_firms",
           "story_day"]
