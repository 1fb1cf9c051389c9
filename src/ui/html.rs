//! Static HTML as text, for pages that are computed once and never change while shown (the
//! zelftoets-rapport and its checklist table). Reactive views cost code per element in every
//! page's wasm; a printed rapport needs none of that. Every text goes through `tekst`, every
//! attribute value through `attribuut`, so nothing a user typed can become markup.

use std::fmt::Write;

/// Text with `<`, `>`, `&`, `"` and `'` escaped, safe inside an element and inside a quoted
/// attribute.
pub fn tekst(s: &str) -> String {
    let mut uit = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => uit.push_str("&lt;"),
            '>' => uit.push_str("&gt;"),
            '&' => uit.push_str("&amp;"),
            '"' => uit.push_str("&quot;"),
            '\'' => uit.push_str("&#39;"),
            _ => uit.push(c),
        }
    }
    uit
}

/// A growing piece of HTML.
#[derive(Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html(String::new())
    }

    /// `<tag class="klasse">` with the text escaped, then `</tag>`.
    pub fn el(&mut self, tag: &str, klasse: &str, inhoud: &str) -> &mut Html {
        self.open(tag, klasse);
        self.0.push_str(&tekst(inhoud));
        self.sluit(tag)
    }

    /// An opening tag; `klasse` may be empty.
    pub fn open(&mut self, tag: &str, klasse: &str) -> &mut Html {
        if klasse.is_empty() {
            let _ = write!(self.0, "<{tag}>");
        } else {
            let _ = write!(self.0, "<{tag} class=\"{}\">", tekst(klasse));
        }
        self
    }

    /// An opening tag with attributes, each value escaped.
    pub fn open_met(&mut self, tag: &str, attributen: &[(&str, &str)]) -> &mut Html {
        let _ = write!(self.0, "<{tag}");
        for (naam, waarde) in attributen {
            let _ = write!(self.0, " {naam}=\"{}\"", tekst(waarde));
        }
        self.0.push('>');
        self
    }

    pub fn sluit(&mut self, tag: &str) -> &mut Html {
        let _ = write!(self.0, "</{tag}>");
        self
    }

    /// Escaped text at this place.
    pub fn tekst(&mut self, s: &str) -> &mut Html {
        self.0.push_str(&tekst(s));
        self
    }

    /// A table row: a header cell with `kop`, then one cell per value.
    pub fn rij(&mut self, kop: &str, cellen: &[&str]) -> &mut Html {
        self.open("tr", "").open_met("th", &[("scope", "row")]).tekst(kop).sluit("th");
        for c in cellen {
            self.el("td", "", c);
        }
        self.sluit("tr")
    }

    /// The header row of a table, one column header per name.
    pub fn kopregel(&mut self, namen: &[&str]) -> &mut Html {
        self.open("thead", "").open("tr", "");
        for n in namen {
            self.open_met("th", &[("scope", "col")]).tekst(n).sluit("th");
        }
        self.sluit("tr").sluit("thead")
    }

    pub fn klaar(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_never_becomes_markup() {
        let mut h = Html::new();
        h.el("td", "a\"b", "<script>alert('x') & \"y\"</script>");
        assert_eq!(
            h.klaar(),
            "<td class=\"a&quot;b\">&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</td>"
        );
    }

    #[test]
    fn rows_and_headers() {
        let mut h = Html::new();
        h.kopregel(&["A", "B"]).rij("x", &["1"]);
        assert_eq!(
            h.klaar(),
            "<thead><tr><th scope=\"col\">A</th><th scope=\"col\">B</th></tr></thead>\
             <tr><th scope=\"row\">x</th><td>1</td></tr>"
        );
    }
}
