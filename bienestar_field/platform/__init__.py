"""The platform layer: where files live (platformdirs), settings, logs and crash logs.

Every other layer may use it; it uses none of them, and holds no personal data.
"""
