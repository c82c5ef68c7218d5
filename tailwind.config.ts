import type { Config } from "tailwindcss";

// Loaded from app/globals.css through `@config`. The palette is Målbar's:
// a calm blue-green for brand and progress, with distinct status colours
// that are always paired with a text label (colour is never the only signal).
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  darkMode: "media",
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eefbf8",
          100: "#d5f4ec",
          200: "#aee8da",
          300: "#79d4c2",
          400: "#45b9a6",
          500: "#259d8c",
          600: "#1a7e72",
          700: "#19655d",
          800: "#18514b",
          900: "#17433f",
          // Dark mode's tinted surfaces (dark:bg-brand-950).
          950: "#0a2624",
        },
      },
      fontFamily: {
        sans: ["Inter", "ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
      },
    },
  },
};

export default config;
