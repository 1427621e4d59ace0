"""Geocoding: where events happened, from locative phrases and an offline gazetteer."""

from .geocoder import Geocoder

__all__ = ["Geocoder"]
