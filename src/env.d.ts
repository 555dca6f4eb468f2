/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The facts this page cites, in order of first use (src/middleware.ts). */
    citedFacts: string[];
  }
}
