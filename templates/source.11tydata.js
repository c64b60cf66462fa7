// Each source page's address and title, computed in JavaScript: as Nunjucks strings in the front matter they were
// compiled again for each of thousands of pages, and the title was escaped twice ("China&amp;#39;s").
export default {
  eleventyComputed: {
    permalink: (data) => `sources/${data.source.id}/index.html`,
    pageTitle: (data) => `${data.source.title} · ${data.sourcebrief.title}`,
  },
};
