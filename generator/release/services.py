"""The API changes of a package's pages: each service's page compared with its own old
version (the changelog of a regeneration, and `sdkgen diff` on composition configs).

A service only in the new package adds every operation of its page; a service only in the
old one removes them. The package needs the largest bump any service needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.ir.model import Api
from generator.release.changes import LEVELS, ApiDiff, Level
from generator.release.diff import diff_apis


@dataclass(frozen=True)
class ServiceDiff:
    service: str
    """The client attribute serving the page; "" for the page the client serves itself."""
    diff: ApiDiff


@dataclass(frozen=True)
class PackageDiff:
    """Every service's changes: the new package's services in order, then removed ones."""

    services: tuple[ServiceDiff, ...]

    @property
    def breaking(self) -> bool:
        return any(service.diff.breaking for service in self.services)

    @property
    def level(self) -> Level:
        levels = [service.diff.level for service in self.services]
        return max(levels, key=LEVELS.index, default="none")


def diff_packages(old: Mapping[str, Api], new: Mapping[str, Api]) -> PackageDiff:
    """Compare the pages of two packages, paired by service name."""
    names = [*new, *(name for name in old if name not in new)]
    services = []
    for name in names:
        before, after = old.get(name), new.get(name)
        if before is None:
            assert after is not None
            before = Api(title=after.title, version=after.version)
        if after is None:
            after = Api(title=before.title, version=before.version)
        services.append(ServiceDiff(name, diff_apis(before, after)))
    return PackageDiff(tuple(services))
