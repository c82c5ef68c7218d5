// Security headers that are the same on every response, pages, API and static
// files alike; next.config.mjs sends them. The per-request
// Content-Security-Policy comes from proxy.ts.
export const staticSecurityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Nothing in Målbar uses these powerful features: switch them off for every frame.
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), browsing-topics=()",
  },
  // For browsers without CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];
