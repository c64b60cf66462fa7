// Addresses and titles of the pages listing a point's quotes, computed in JavaScript: compiled once, escaped once.
export default {
  eleventyComputed: {
    permalink: (data) => `points/${data.entry.point.id}/${data.entry.file}`,
    pageTitle: (data) => `Sources of ${data.entry.point.label} · ${data.sourcebrief.title}`,
  },
};
